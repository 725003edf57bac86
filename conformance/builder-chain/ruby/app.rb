require "sinatra"
require "openssl"

class CommandBuilder
  def initialize(program)
    @line = program
  end

  def arg(value)
    @line = @line + " " + value
    self
  end

  def build
    @line
  end
end

class AlgorithmBuilder
  def initialize
    @family = ""
    @size = ""
  end

  def family(family)
    @family = family
    self
  end

  def size(size)
    @size = size
    self
  end

  def build
    @family + @size
  end
end

get "/ping" do
  host = params[:host]
  fixed = CommandBuilder.new("ping").arg("-c 1").arg("localhost").build
  requested = CommandBuilder.new("ping").arg("-c 1").arg(host).build
  # plumb-ok: command-injection
  system(fixed)
  # plumb-expect: command-injection
  system(requested)
  legacy = AlgorithmBuilder.new.family("MD").size("5").build
  strong = AlgorithmBuilder.new.family("SHA").size("256").build
  # plumb-expect: weak-hash
  OpenSSL::Digest.new(legacy).hexdigest("data")
  # plumb-ok: weak-hash
  OpenSSL::Digest.new(strong).hexdigest("data")
  "ok"
end
