require "sinatra"
require "openssl"

class Commands
  def self.ping(target)
    "ping -c 1 " + target
  end

  def self.algorithm(family, size)
    family + size
  end
end

get "/ping" do
  host = params[:host]
  # plumb-ok: command-injection
  system(Commands.ping("localhost"))
  # plumb-expect: command-injection
  system(Commands.ping(host))
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(Commands.algorithm("MD", "5")).hexdigest("data")
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(Commands.algorithm("SHA", "256")).hexdigest("data")
  "ok"
end
