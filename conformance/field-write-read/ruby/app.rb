require "sinatra"
require "openssl"

class Job
  attr_accessor :command, :algorithm
end

get "/ping" do
  host = params[:host]
  fixed = Job.new
  fixed.command = "ping -c 1 localhost"
  requested = Job.new
  requested.command = "ping -c 1 " + host
  # plumb-ok: command-injection
  system(fixed.command)
  # plumb-expect: command-injection
  system(requested.command)
  legacy = Job.new
  legacy.algorithm = "MD5"
  strong = Job.new
  strong.algorithm = "SHA256"
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(legacy.algorithm).hexdigest("data")
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(strong.algorithm).hexdigest("data")
  "ok"
end
