require "sinatra"
require "openssl"

def prefixer(prefix)
  ->(value) { prefix + value }
end

def fixed(value)
  -> { value }
end

get "/ping" do
  host = params[:host]
  ping_command = prefixer("ping -c 1 ")
  # plumb-ok: command-injection
  system(ping_command.call("localhost"))
  # plumb-expect: command-injection
  system(ping_command.call(host))
  legacy = fixed("MD5")
  strong = fixed("SHA256")
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(legacy.call).hexdigest("data")
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(strong.call).hexdigest("data")
  "ok"
end
