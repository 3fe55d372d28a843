-- helper module returning nothing
loaded_nil_module = (loaded_nil_module or 0) + 1
