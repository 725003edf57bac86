require "sinatra"
require "openssl"

get "/ping" do
  host = params[:host]
  command = String.new("ping")
  command << " -c 1 "
  command << host
  # plumb-expect: command-injection
  system(command)
  fixed = String.new("ping")
  fixed << " -c 1 " << "localhost"
  # plumb-ok: command-injection
  system(fixed)
  legacy = String.new
  legacy << "MD"
  legacy << 5.to_s
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(legacy).hexdigest("data")
  strong = String.new("SHA")
  strong << 256.to_s
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(strong).hexdigest("data")
  "ok"
end
