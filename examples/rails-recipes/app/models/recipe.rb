class Recipe < ApplicationRecord
  belongs_to :author, class_name: "User"
  has_one_attached :photo

  SORTS = {
    "newest" => "created_at DESC",
    "quickest" => "total_minutes ASC, title ASC",
    "title" => "title ASC"
  }.freeze

  # Named collections shown as tabs on the home page.
  COLLECTIONS = %w[vegetarian quick weeknight].freeze

  scope :vegetarian, -> { where(vegetarian: true) }
  scope :quick, -> { where(total_minutes: ..30) }
  scope :weeknight, -> { quick.where(difficulty: %w[easy medium]) }

  validates :title, presence: true, length: { maximum: 200 }
end
