class User < ApplicationRecord
  has_secure_password
  has_many :recipes, foreign_key: :author_id, inverse_of: :author, dependent: :destroy

  normalizes :email, with: ->(email) { email.strip.downcase }
  validates :email, presence: true, uniqueness: true
end
