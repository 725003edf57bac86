require "sinatra"
require "openssl"

class Lease
  # Lease.open(value) { |v| ... } hands the leased value to the block and
  # releases the lease afterwards, like File.open with a block.
  def self.open(value)
    lease = new(value)
    yield lease.value
  ensure
    lease&.release
  end

  attr_reader :value

  def initialize(value)
    @value = value
  end

  def release
    @value = nil
  end
end

get "/ping" do
  host = params[:host]
  Lease.open("localhost") do |fixed|
    # plumb-ok: command-injection
    system("ping -c 1 " + fixed)
  end
  Lease.open(host) do |requested|
    # plumb-expect: command-injection
    system("ping -c 1 " + requested)
  end
  Lease.open("MD5") do |legacy|
    # plumb-expect: weak-hash
    OpenSSL::Digest.new(legacy).hexdigest("data")
  end
  Lease.open("SHA256") do |strong|
    # plumb-ok: weak-hash
    OpenSSL::Digest.new(strong).hexdigest("data")
  end
  "ok"
end
