require "sinatra"
require "openssl"

def check(value)
  raise ArgumentError, "empty" if value.empty?
end

get "/ping" do
  host = params[:host]
  fixed = host
  begin
    check(fixed)
  ensure
    fixed = "localhost"
  end
  # plumb-ok: command-injection
  system("ping -c 1 " + fixed)
  requested = "localhost"
  begin
    check(host)
  ensure
    requested = host
  end
  # plumb-expect: command-injection
  system("ping -c 1 " + requested)
  legacy = "SHA256"
  begin
    check(legacy)
  ensure
    legacy = "MD5"
  end
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(legacy).hexdigest("data")
  strong = "MD5"
  begin
    check(strong)
  ensure
    strong = "SHA256"
  end
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(strong).hexdigest("data")
  "ok"
end
