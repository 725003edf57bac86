require "sinatra"
require "openssl"

get "/ping" do
  host = params[:host]
  ["localhost", "127.0.0.1"].each do |fixed|
    # plumb-ok: command-injection
    system("ping -c 1 " + fixed)
  end
  [host].each do |target|
    # plumb-expect: command-injection
    system("ping -c 1 " + target)
  end
  ["MD5"].each do |legacy|
    # plumb-expect: weak-hash
    OpenSSL::Digest.new(legacy).hexdigest("data")
  end
  ["SHA256", "SHA512"].each do |strong|
    # plumb-ok: weak-hash
    OpenSSL::Digest.new(strong).hexdigest("data")
  end
  "ok"
end
