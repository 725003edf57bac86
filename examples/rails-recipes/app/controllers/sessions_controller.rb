class SessionsController < ApplicationController
  skip_before_action :require_login

  def new; end

  def create
    user = User.find_by(email: params[:email].to_s.downcase)
    if user&.authenticate(params[:password].to_s)
      reset_session
      session[:user_id] = user.id
      # plumb-ok: open-redirect
      redirect_to url_from(params[:return_to]) || root_path
    else
      flash.now[:alert] = "Wrong e-mail or password"
      render :new, status: :unprocessable_entity
    end
  end

  def destroy
    reset_session
    # plumb-ok: open-redirect
    redirect_to new_session_path, notice: "Signed out"
  end

  # Partner sites send readers here after signing in on the community forum.
  def continue
    # plumb-expect: open-redirect
    redirect_to params.fetch(:return_to, root_path), allow_other_host: true
  end
end
