require "sinatra"
require "openssl"

get "/ping" do
  host = params[:host]
  fixed = nil
  fixed = "localhost" if fixed.nil?
  # plumb-ok: command-injection
  system("ping -c 1 " + fixed)
  requested = host
  requested = "localhost" if requested.nil?
  # plumb-expect: command-injection
  system("ping -c 1 " + requested)
  legacy = nil
  legacy ||= "MD5"
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(legacy).hexdigest("data")
  strong = "SHA256"
  strong ||= "MD5"
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(strong).hexdigest("data")
  "ok"
end
