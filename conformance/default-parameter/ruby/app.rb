require "sinatra"
require "openssl"

def command(target = "localhost")
  "ping -c 1 " + target
end

def algorithm(name = "SHA256")
  name
end

get "/ping" do
  host = params[:host]
  # plumb-ok: command-injection
  system(command)
  # plumb-expect: command-injection
  system(command(host))
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(algorithm("MD5")).hexdigest("data")
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(algorithm).hexdigest("data")
  "ok"
end
