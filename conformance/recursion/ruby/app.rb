require "sinatra"
require "openssl"

def pad(value, depth)
  return value if depth == 0
  pad(" " + value, depth - 1)
end

def unwrap(value, depth)
  return value if depth == 0
  unwrap(value, depth - 1)
end

get "/ping" do
  host = params[:host]
  # plumb-ok: command-injection
  system("ping -c 1" + pad("localhost", 2))
  # plumb-expect: command-injection
  system("ping -c 1" + pad(host, 2))
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(unwrap("MD5", 3)).hexdigest("data")
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(unwrap("SHA256", 3)).hexdigest("data")
  "ok"
end
