class ExportsController < ApplicationController
  EXPORT_DIR = Rails.root.join("storage", "exports")
  HELP_DIR = Rails.root.join("app", "views", "help")

  # Weekly cookbook PDFs, linked from the account page.
  def show
    # plumb-expect: path-traversal
    send_file EXPORT_DIR.join(params[:file]), type: "application/pdf"
  end

  def show_safe
    # plumb-ok: path-traversal
    send_file EXPORT_DIR.join(File.basename(params[:file])), type: "application/pdf"
  end

  def help
    topic = params.fetch(:topic, "index")
    # plumb-expect: path-traversal
    text = File.read(HELP_DIR.join("#{topic}.md"))
    render plain: text
  end
end
