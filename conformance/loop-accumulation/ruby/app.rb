require "sinatra"
require "openssl"

get "/ping" do
  host = params[:host]
  fixed = "ping"
  ["-c", "1", "localhost"].each do |part|
    fixed = fixed + " " + part
  end
  # plumb-ok: command-injection
  system(fixed)
  requested = "ping"
  ["-c", "1", host].each do |part|
    requested = requested + " " + part
  end
  # plumb-expect: command-injection
  system(requested)
  legacy = ""
  for part in ["MD", "5"]
    legacy = legacy + part
  end
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(legacy).hexdigest("data")
  strong = ""
  for part in ["SHA", "256"]
    strong = strong + part
  end
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(strong).hexdigest("data")
  "ok"
end
