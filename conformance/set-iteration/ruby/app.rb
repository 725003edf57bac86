require "sinatra"
require "openssl"
require "set"

get "/ping" do
  host = params[:host]
  Set["localhost", "127.0.0.1"].each do |fixed|
    # plumb-ok: command-injection
    system("ping -c 1 " + fixed)
  end
  Set[host].each do |target|
    # plumb-expect: command-injection
    system("ping -c 1 " + target)
  end
  Set["MD5"].each do |legacy|
    # plumb-expect: weak-hash
    OpenSSL::Digest.new(legacy).hexdigest("data")
  end
  Set["SHA256", "SHA512"].each do |strong|
    # plumb-ok: weak-hash
    OpenSSL::Digest.new(strong).hexdigest("data")
  end
  "ok"
end
