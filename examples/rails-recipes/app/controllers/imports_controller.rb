require "base64"

class ImportsController < ApplicationController
  # "Import from a link": reads the schema.org Recipe block of the page.
  def from_url
    html = RecipeFetcher.fetch_page(params.require(:url))
    data = Nokogiri::HTML(html).css('script[type="application/ld+json"]').map { |s| JSON.parse(s.text) }
    recipe = data.flatten.find { |d| d["@type"] == "Recipe" } or return head(:unprocessable_entity)
    render json: { title: recipe["name"], ingredients: recipe["recipeIngredient"],
                   nutrition: Array(recipe["recipeIngredient"]).first(3).map { |i| RecipeFetcher.nutrition(i) } }
  end

  # Recipe boxes exported from the desktop app are YAML files.
  def from_file
    upload = params.require(:file)
    if upload.original_filename.end_with?(".box")
      # The desktop app before 2.0 wrote Ruby objects into its .box files.
      # plumb-expect: unsafe-deserialization
      entries = YAML.unsafe_load(upload.read)
    else
      # plumb-ok: unsafe-deserialization
      entries = YAML.safe_load(upload.read, permitted_classes: [Date, Time], aliases: false)
    end
    recipes = Array(entries).map { |e| current_user.recipes.create!(e.to_h.slice("title", "cuisine", "body", "total_minutes")) }
    render json: { imported: recipes.size }
  end

  # The editor keeps unsaved drafts in localStorage and posts them back.
  def restore_draft
    if params[:draft_json].present?
      # plumb-ok: unsafe-deserialization
      draft = JSON.parse(params[:draft_json])
    else
      # drafts saved by the old editor were Marshal dumps
      # plumb-expect: unsafe-deserialization
      draft = Marshal.load(Base64.strict_decode64(params[:draft].to_s))
    end
    render json: draft.to_h.slice("title", "body")
  end
end
