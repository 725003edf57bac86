require "sinatra"
require "openssl"

get "/ping" do
  host = params[:host]
  if host.length > 3
    fixed = "ping -c 1 localhost"
  else
    fixed = "uptime"
  end
  # plumb-ok: command-injection
  system(fixed)
  requested = "uptime"
  if host.length > 3
    requested = "ping -c 1 " + host
  end
  # plumb-expect: command-injection
  system(requested)
  if host.start_with?("old")
    legacy = "MD5"
  else
    legacy = "MD" + "5"
  end
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(legacy).hexdigest("data")
  if host.start_with?("old")
    strong = "SHA256"
  else
    strong = "SHA512"
  end
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(strong).hexdigest("data")
  "ok"
end
