def build_ping(target)
  "ping -c 1 " + target
end

def algorithm_name(family, size)
  family + size
end
