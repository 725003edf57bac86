require "sinatra"
require "openssl"

class Rejected < StandardError
  attr_reader :value

  def initialize(value)
    super("rejected")
    @value = value
  end
end

get "/ping" do
  host = params[:host]
  begin
    raise Rejected.new("localhost")
  rescue Rejected => e
    # plumb-ok: command-injection
    system("ping -c 1 " + e.value)
  end
  begin
    raise Rejected.new(host)
  rescue Rejected => e
    # plumb-expect: command-injection
    system("ping -c 1 " + e.value)
  end
  begin
    raise Rejected.new("MD5")
  rescue Rejected => e
    # plumb-expect: weak-hash
    OpenSSL::Digest.new(e.value).hexdigest("data")
  end
  begin
    raise Rejected.new("SHA256")
  rescue Rejected => e
    # plumb-ok: weak-hash
    OpenSSL::Digest.new(e.value).hexdigest("data")
  end
  "ok"
end
