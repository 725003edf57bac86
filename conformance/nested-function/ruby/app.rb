require "sinatra"
require "openssl"

get "/ping" do
  host = params[:host]
  build = lambda do |target|
    "ping -c 1 " + target
  end
  name = lambda do |family, size|
    family + size
  end
  # plumb-ok: command-injection
  system(build.call("localhost"))
  # plumb-expect: command-injection
  system(build.call(host))
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(name.call("MD", "5")).hexdigest("data")
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(name.call("SHA", "256")).hexdigest("data")
  "ok"
end
