-- uncaught error: the stand-alone interpreter prints the message up to its first zero byte
print("before")
error("abc\0def")
