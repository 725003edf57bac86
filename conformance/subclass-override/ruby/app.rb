require "sinatra"
require "openssl"

class Command
  def line(_host)
    "uptime"
  end
end

class PingCommand < Command
  def line(host)
    "ping -c 1 " + host
  end
end

class Hasher
  def algorithm
    "SHA256"
  end
end

class LegacyHasher < Hasher
  def algorithm
    "MD5"
  end
end

get "/ping" do
  host = params[:host]
  plain = Command.new
  pinger = PingCommand.new
  # plumb-ok: command-injection
  system(plain.line(host))
  # plumb-expect: command-injection
  system(pinger.line(host))
  legacy = LegacyHasher.new
  strong = Hasher.new
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(legacy.algorithm).hexdigest("data")
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(strong.algorithm).hexdigest("data")
  "ok"
end
