require "sinatra"
require "openssl"

class Setting
  def initialize(value)
    @value = value
  end

  def value
    @value
  end
end

get "/ping" do
  host = params[:host]
  fixed = Setting.new("localhost")
  requested = Setting.new(host)
  # plumb-ok: command-injection
  system("ping -c 1 " + fixed.value)
  # plumb-expect: command-injection
  system("ping -c 1 " + requested.value)
  legacy = Setting.new("MD5")
  strong = Setting.new("SHA256")
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(legacy.value).hexdigest("data")
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(strong.value).hexdigest("data")
  "ok"
end
