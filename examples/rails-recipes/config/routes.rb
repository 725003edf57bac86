Rails.application.routes.draw do
  root "recipes#index"

  resources :recipes, only: %i[index show create] do
    collection do
      get :suggest
      get :collection
      get :by_author
    end
    member do
      post :photo
      get :photo_metadata
    end
  end

  resource :session, only: %i[new create destroy]
  get "session/continue", to: "sessions#continue"

  post "imports/url", to: "imports#from_url"
  post "imports/file", to: "imports#from_file"
  post "drafts/restore", to: "imports#restore_draft"

  get "exports/:file", to: "exports#show", constraints: { file: /[^\/]+/ }, as: :export
  get "exports/safe/:file", to: "exports#show_safe", constraints: { file: /[^\/]+/ }
  get "help", to: "exports#help"
end
