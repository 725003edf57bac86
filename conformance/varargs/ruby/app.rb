require "sinatra"
require "openssl"

def first(*values)
  values[0]
end

get "/ping" do
  host = params[:host]
  # plumb-ok: command-injection
  system("ping -c 1 " + first("localhost", host))
  # plumb-expect: command-injection
  system("ping -c 1 " + first(host, "localhost"))
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(first("MD5", "SHA256")).hexdigest("data")
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(first("SHA256", "MD5")).hexdigest("data")
  "ok"
end
