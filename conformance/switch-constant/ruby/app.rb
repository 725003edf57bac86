require "sinatra"
require "openssl"

get "/ping" do
  host = params[:host]
  status_mode = "status"
  fixed = case status_mode
          when "ping" then "ping -c 1 " + host
          when "status" then "uptime"
          else raise ArgumentError, status_mode
          end
  # plumb-ok: command-injection
  system(fixed)
  ping_mode = "ping"
  requested = case ping_mode
              when "ping" then "ping -c 1 " + host
              when "status" then "uptime"
              else raise ArgumentError, ping_mode
              end
  # plumb-expect: command-injection
  system(requested)
  level = "legacy"
  legacy = case level
           when "legacy" then "MD5"
           when "modern" then "SHA256"
           else raise ArgumentError, level
           end
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(legacy).hexdigest("data")
  modern_level = "modern"
  strong = case modern_level
           when "legacy" then "MD5"
           when "modern" then "SHA256"
           else raise ArgumentError, modern_level
           end
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(strong).hexdigest("data")
  "ok"
end
