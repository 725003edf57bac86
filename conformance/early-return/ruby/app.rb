require "sinatra"
require "openssl"

def target(requested, trusted)
  return "localhost" unless trusted
  requested
end

def algorithm(legacy)
  return "MD5" if legacy
  "SHA256"
end

get "/ping" do
  host = params[:host]
  # plumb-ok: command-injection
  system("ping -c 1 " + target(host, false))
  # plumb-expect: command-injection
  system("ping -c 1 " + target(host, true))
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(algorithm(true)).hexdigest("data")
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(algorithm(false)).hexdigest("data")
  "ok"
end
