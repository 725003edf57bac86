require "net/http"
require "open-uri"

# Pulls recipes from other sites (schema.org JSON-LD) and nutrition facts
# from the nutrition API.
class RecipeFetcher
  NUTRITION_API = "https://api.nutrition.example/v1/foods".freeze

  def self.fetch_page(url)
    uri = URI.parse(url)
    raise ArgumentError, "only http(s) links can be imported" unless uri.is_a?(URI::HTTP)

    # plumb-expect: ssrf
    response = Net::HTTP.get_response(uri)
    raise "#{uri.host} answered #{response.code}" unless response.is_a?(Net::HTTPSuccess)

    response.body
  end

  def self.nutrition(ingredient)
    query = URI.encode_www_form(query: ingredient, page_size: 1)
    # plumb-ok: ssrf
    body = URI.open("#{NUTRITION_API}?#{query}", read_timeout: 5, &:read)
    JSON.parse(body).fetch("foods", []).first
  end
end
