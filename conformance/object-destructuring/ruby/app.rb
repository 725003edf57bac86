require "sinatra"
require "openssl"

get "/ping" do
  params.to_h.transform_keys(&:to_sym) => { host: }
  targets = { fallback: "localhost", requested: host }
  targets => { fallback: }
  # plumb-ok: command-injection
  system("ping -c 1 " + fallback)
  # plumb-expect: command-injection
  system("ping -c 1 " + host)
  { legacy: "MD5", current: "SHA256" } => { legacy: weak, current: strong }
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(weak).hexdigest("data")
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(strong).hexdigest("data")
  "ok"
end
