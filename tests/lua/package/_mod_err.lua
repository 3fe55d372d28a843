-- helper module with a syntax error
return {
