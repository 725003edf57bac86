require "sinatra"
require "openssl"

get "/ping" do
  host = params[:host]
  command = "ping -c 1 #{host}"
  # plumb-expect: command-injection
  system(command)
  target = "localhost"
  fixed = "ping -c 1 #{target}"
  # plumb-ok: command-injection
  system(fixed)
  family = "MD"
  legacy = "#{family}5"
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(legacy).hexdigest("data")
  strong = "SHA#{256}"
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(strong).hexdigest("data")
  "ok"
end
