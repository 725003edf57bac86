require "sinatra"
require "openssl"

def targets(requested)
  return "localhost", requested
end

def algorithms
  ["MD5", "SHA256"]
end

get "/ping" do
  host = params[:host]
  fallback, chosen = targets(host)
  # plumb-ok: command-injection
  system("ping -c 1 " + fallback)
  # plumb-expect: command-injection
  system("ping -c 1 " + chosen)
  legacy, current = algorithms
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(legacy).hexdigest("data")
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(current).hexdigest("data")
  "ok"
end
