#!/usr/bin/env lua this first line is skipped by the stand-alone interpreter
-- a first line starting with '#' is ignored when running a file
print("after shebang")
print(debug == nil or true)
print("second statement")
