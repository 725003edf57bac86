require "sinatra"
require "openssl"

class Settings
  DEFAULT_HOST = "localhost"
  LEGACY_ALGORITHM = "MD5"
  CURRENT_ALGORITHM = "SHA256"

  @last_host = DEFAULT_HOST

  class << self
    attr_accessor :last_host
  end
end

get "/ping" do
  host = params[:host]
  # plumb-ok: command-injection
  system("ping -c 1 " + Settings::DEFAULT_HOST)
  Settings.last_host = host
  # plumb-expect: command-injection
  system("ping -c 1 " + Settings.last_host)
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(Settings::LEGACY_ALGORITHM).hexdigest("data")
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(Settings::CURRENT_ALGORITHM).hexdigest("data")
  "ok"
end
