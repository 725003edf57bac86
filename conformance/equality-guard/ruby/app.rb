require "sinatra"
require "openssl"

get "/ping" do
  host = params[:host]
  algorithm = params[:algorithm]
  if host == "localhost"
    # plumb-ok: command-injection
    system("ping -c 1 " + host)
  end
  unless host.empty?
    # plumb-expect: command-injection
    system("ping -c 1 " + host)
  end
  if algorithm == "MD5"
    # plumb-expect: weak-hash
    OpenSSL::Digest.new(algorithm).hexdigest("data")
  end
  if algorithm == "SHA256"
    # plumb-ok: weak-hash
    OpenSSL::Digest.new(algorithm).hexdigest("data")
  end
  "ok"
end
