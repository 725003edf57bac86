require "sinatra"
require "openssl"

get "/ping" do
  host = params[:host]
  hosts = params[:hosts]
  template = "ping -c 1 HOST"
  # plumb-expect: command-injection
  system(template.sub("HOST", host))
  # plumb-ok: command-injection
  system(template.sub("HOST", "localhost"))
  spaced = hosts.gsub(",", " ")
  # plumb-expect: command-injection
  system("ping -c 1 " + spaced)
  legacy = "MD-5".delete("-")
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(legacy).hexdigest("data")
  strong = "SHA_256".gsub("_", "")
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(strong).hexdigest("data")
  "ok"
end
