require "sinatra"
require "openssl"

def commands(target)
  Enumerator.new do |yielder|
    yielder << "ping -c 1 " + target
  end
end

def names(first, second)
  Enumerator.new do |yielder|
    yielder << first + second
  end
end

get "/ping" do
  host = params[:host]
  commands("localhost").each do |fixed|
    # plumb-ok: command-injection
    system(fixed)
  end
  commands(host).each do |requested|
    # plumb-expect: command-injection
    system(requested)
  end
  names("MD", "5").each do |legacy|
    # plumb-expect: weak-hash
    OpenSSL::Digest.new(legacy).hexdigest("data")
  end
  names("SHA", "256").each do |strong|
    # plumb-ok: weak-hash
    OpenSSL::Digest.new(strong).hexdigest("data")
  end
  "ok"
end
