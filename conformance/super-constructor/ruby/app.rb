require "sinatra"
require "openssl"

class Command
  def initialize(line)
    @line = line
  end

  def line
    @line
  end
end

class PingCommand < Command
  def initialize(host)
    super("ping -c 1 " + host)
  end
end

class DigestPolicy
  def initialize(algorithm)
    @algorithm = algorithm
  end

  def algorithm
    @algorithm
  end
end

class LegacyDigest < DigestPolicy
  def initialize
    super("MD5")
  end
end

class ModernDigest < DigestPolicy
  def initialize
    super("SHA256")
  end
end

get "/ping" do
  host = params[:host]
  fixed = PingCommand.new("localhost")
  requested = PingCommand.new(host)
  # plumb-ok: command-injection
  system(fixed.line)
  # plumb-expect: command-injection
  system(requested.line)
  legacy = LegacyDigest.new
  modern = ModernDigest.new
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(legacy.algorithm).hexdigest("data")
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(modern.algorithm).hexdigest("data")
  "ok"
end
