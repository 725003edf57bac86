require "sinatra"
require "openssl"

class FixedTarget
  def host
    "localhost"
  end
end

class RequestTarget
  def initialize(host)
    @host = host
  end

  def host
    @host
  end
end

class LegacyPolicy
  def algorithm
    "MD5"
  end
end

class ModernPolicy
  def algorithm
    "SHA256"
  end
end

get "/ping" do
  host = params[:host]
  fixed = FixedTarget.new
  requested = RequestTarget.new(host)
  # plumb-ok: command-injection
  system("ping -c 1 " + fixed.host)
  # plumb-expect: command-injection
  system("ping -c 1 " + requested.host)
  legacy = LegacyPolicy.new
  modern = ModernPolicy.new
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(legacy.algorithm).hexdigest("data")
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(modern.algorithm).hexdigest("data")
  "ok"
end
