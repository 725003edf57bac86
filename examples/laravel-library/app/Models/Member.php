<?php

namespace App\Models;

use Illuminate\Foundation\Auth\User as Authenticatable;

class Member extends Authenticatable
{
    protected $fillable = ['card_number', 'name', 'email'];

    protected $hidden = ['password_hash', 'legacy_hash', 'remember_token'];

    public function getAuthPassword(): string
    {
        return (string) $this->password_hash;
    }
}
