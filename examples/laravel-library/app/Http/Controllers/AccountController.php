<?php

namespace App\Http\Controllers;

use App\Models\Member;
use Illuminate\Http\Request;
use Illuminate\Routing\Controller;
use Illuminate\Support\Facades\Auth;
use Illuminate\Support\Facades\Hash;
use Illuminate\Support\Str;
use Illuminate\Validation\ValidationException;

class AccountController extends Controller
{
    public function login(Request $request)
    {
        $credentials = $request->validate(['card_number' => 'required|digits:10', 'password' => 'required|string']);
        $member = Member::where('card_number', $credentials['card_number'])->first();

        if ($member && $member->password_hash === null && $member->legacy_hash !== null) {
            // Members migrated from the old OPAC have unsalted MD5 hashes until they sign in once.
            // plumb-expect: weak-hash
            if (!hash_equals($member->legacy_hash, md5($credentials['password']))) {
                throw ValidationException::withMessages(['password' => 'Wrong card number or password.']);
            }
            $member->forceFill(['password_hash' => Hash::make($credentials['password']), 'legacy_hash' => null])->save();
        } elseif (!$member || !Hash::check($credentials['password'], $member->password_hash)) {
            throw ValidationException::withMessages(['password' => 'Wrong card number or password.']);
        }

        Auth::login($member);
        $request->session()->regenerate();

        return redirect()->intended(route('catalog.search'));
    }

    public function logout(Request $request)
    {
        Auth::logout();
        $request->session()->invalidate();
        $request->session()->regenerateToken();

        // The city portal links here and passes the page to return to.
        // plumb-expect: open-redirect
        return redirect($request->query('return_to', '/'));
    }

    /** After login on a kiosk, continue to the page the member started from. */
    public function continue(Request $request)
    {
        $target = (string) $request->query('to', '/');
        if (!Str::startsWith($target, '/') || Str::startsWith($target, ['//', '/\\'])) {
            $target = '/';
        }

        // plumb-ok: open-redirect
        return redirect($target);
    }
}
