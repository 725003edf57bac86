class RecipesController < ApplicationController
  def index
    q = params[:q].to_s.strip
    # plumb-ok: sql-injection
    recipes = Recipe.includes(:author).order(Recipe::SORTS.fetch(params[:sort].to_s, "created_at DESC"))
    # plumb-ok: sql-injection
    recipes = recipes.where(cuisine: params[:cuisine]) if params[:cuisine].present?
    # plumb-ok: sql-injection
    recipes = recipes.where("title ILIKE ?", "%#{Recipe.sanitize_sql_like(q)}%") if q.present?
    @recipes = recipes.limit(50)
  end

  # Turbo frame under the search box.
  def suggest
    q = params[:q].to_s
    # plumb-expect: sql-injection
    matches = Recipe.where("title ILIKE '#{q}%'").order(:title).limit(8).pluck(:id, :title)
    if matches.empty?
      # plumb-expect: xss
      render html: "<li class=\"empty\">No recipes start with <em>#{q}</em></li>".html_safe
    else
      items = matches.map { |id, title| "<li><a href=\"/recipes/#{id}\">#{ERB::Util.html_escape(title)}</a></li>" }
      render html: items.join.html_safe
    end
  end

  def collection
    name = params[:name].to_s
    # plumb-ok: code-injection
    recipes = Recipe::COLLECTIONS.include?(name) ? Recipe.public_send(name) : Recipe.none
    render json: recipes.limit(50).as_json(only: %i[id title total_minutes])
  end

  # Kept for the mobile app: /recipes/by_author?author_id=12&scope=quick
  def by_author
    # plumb-ok: sql-injection
    recipes = Recipe.find_by_sql("SELECT * FROM recipes WHERE author_id = #{params[:author_id].to_i} ORDER BY created_at DESC")
    # plumb-expect: code-injection
    recipes = Recipe.where(id: recipes.map(&:id)).public_send(params[:scope]) if params[:scope].present?
    render json: recipes.as_json(only: %i[id title])
  end

  def show
    @recipe = Recipe.find(params[:id])
    @highlight = params[:highlight].to_s
  end

  def create
    @recipe = current_user.recipes.create!(params.require(:recipe).permit(:title, :cuisine, :body, :total_minutes, :vegetarian))
    redirect_to @recipe
  end

  # Resizes the uploaded photo to the size picked in the editor ("800x600").
  def photo
    recipe = current_user.recipes.find(params[:id])
    upload = params.require(:photo)
    target = Rails.root.join("storage", "photos", "#{recipe.id}.jpg")
    width, height = params[:size].to_s.split("x").map(&:to_i)
    if width.to_i.positive? && height.to_i.positive?
      # plumb-ok: command-injection
      system("convert", upload.path, "-resize", "#{width}x#{height}", target.to_s, exception: true)
    else
      # plumb-expect: command-injection
      system("convert #{upload.path} -resize #{params[:size]} #{target}")
    end
    redirect_to recipe
  end

  def photo_metadata
    recipe = Recipe.find(params[:id])
    path = Rails.root.join("storage", "photos", "#{recipe.id}.jpg")
    render json: JSON.parse(`exiftool -json #{path}`).first.slice("ImageWidth", "ImageHeight", "Model")
  end
end
