-- a missing module lists every place searched
package.path = "./?.lua;./?/init.lua"
package.cpath = "./?.so"
print(pcall(require, "no.such.module"))
print(pcall(require))
package.path = 42
print(pcall(require, "x"))
