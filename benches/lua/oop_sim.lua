-- An object-oriented simulation: a class hierarchy built with metatables,
-- polymorphic method calls, object creation and removal.
local function class(parent)
  local c = {}
  c.__index = c
  if parent then setmetatable(c, { __index = parent }) end
  c.new = function(...)
    local o = setmetatable({}, c)
    o:init(...)
    return o
  end
  return c
end

local Entity = class()
function Entity:init(id, x, y)
  self.id, self.x, self.y, self.energy = id, x, y, 100
end
function Entity:move(dx, dy)
  self.x = (self.x + dx) % 1000
  self.y = (self.y + dy) % 1000
end
function Entity:tick() self.energy = self.energy - 1 end
function Entity:alive() return self.energy > 0 end

local Plant = class(Entity)
function Plant:init(id, x, y)
  Entity.init(self, id, x, y)
  self.size = 1
end
function Plant:tick()
  self.size = self.size + 1
  if self.size > 50 then self.energy = 0 end
end

local Animal = class(Entity)
function Animal:init(id, x, y, speed)
  Entity.init(self, id, x, y)
  self.speed = speed
  self.eaten = 0
end
function Animal:tick()
  Entity.tick(self)
  self:move(self.speed, self.speed * 2 + 1)
end
function Animal:eat(food)
  self.energy = self.energy + 5
  self.eaten = self.eaten + 1
  food.energy = 0
end

local Predator = class(Animal)
function Predator:tick()
  Animal.tick(self)
  self.energy = self.energy - 1
end

local world = {}
local next_id = 0
local function spawn(kind, ...)
  next_id = next_id + 1
  local e = kind.new(next_id, ...)
  world[#world + 1] = e
  return e
end

for i = 1, 300 do
  spawn(Plant, i * 7 % 1000, i * 13 % 1000)
  if i % 3 == 0 then spawn(Animal, i, i * 2, i % 5 + 1) end
  if i % 10 == 0 then spawn(Predator, i * 3, i, i % 7 + 2) end
end

local STEPS = 10000
local eaten_total = 0
for step = 1, STEPS do
  local survivors = {}
  local prey
  for _, e in ipairs(world) do
    e:tick()
    if getmetatable(e) == Animal and e:alive() then prey = e end
    if getmetatable(e) == Predator and prey and prey:alive() then
      e:eat(prey)
      eaten_total = eaten_total + 1
    elseif getmetatable(e) == Animal and step % 4 == 0 and e:alive() then
      for _, p in ipairs(survivors) do
        if getmetatable(p) == Plant and p:alive() then
          e:eat(p)
          eaten_total = eaten_total + 1
          break
        end
      end
    end
    if e:alive() then survivors[#survivors + 1] = e end
  end
  world = survivors
  -- Keep the population roughly stable.
  while #world < 400 do
    local k = #world + step
    if k % 4 == 0 then spawn(Animal, k, step, k % 5 + 1)
    elseif k % 9 == 0 then spawn(Predator, step, k, k % 7 + 2)
    else spawn(Plant, k * 7 % 1000, step % 1000) end
  end
end
local sx, sy = 0, 0
for _, e in ipairs(world) do sx = sx + e.x; sy = sy + e.y end
print(#world, next_id, eaten_total, sx, sy)
