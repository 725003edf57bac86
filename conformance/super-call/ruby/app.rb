require "sinatra"
require "openssl"

class Pinger
  def line(host)
    "ping -c 1 " + host
  end

  def algorithm
    "MD5"
  end
end

class QuietPinger < Pinger
  def line(host)
    super(host) + " -q"
  end

  def algorithm
    super
  end
end

class ModernPinger < Pinger
  def algorithm
    "SHA256"
  end
end

get "/ping" do
  host = params[:host]
  quiet = QuietPinger.new
  # plumb-ok: command-injection
  system(quiet.line("localhost"))
  # plumb-expect: command-injection
  system(quiet.line(host))
  modern = ModernPinger.new
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(quiet.algorithm).hexdigest("data")
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(modern.algorithm).hexdigest("data")
  "ok"
end
