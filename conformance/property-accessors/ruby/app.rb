require "sinatra"
require "openssl"

class Option
  def initialize(initial)
    @value = initial
  end

  def value
    @value
  end

  def value=(value)
    @value = value
  end
end

get "/ping" do
  host = params[:host]
  fixed = Option.new("localhost")
  requested = Option.new("localhost")
  requested.value = host
  # plumb-ok: command-injection
  system("ping -c 1 " + fixed.value)
  # plumb-expect: command-injection
  system("ping -c 1 " + requested.value)
  legacy = Option.new("SHA256")
  legacy.value = "MD5"
  strong = Option.new("SHA256")
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(legacy.value).hexdigest("data")
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(strong.value).hexdigest("data")
  "ok"
end
