<?php

namespace App\Support\Defaults;

const HOST = 'localhost';
const LEGACY_ALGORITHM = 'MD5';
const CURRENT_ALGORITHM = 'SHA256';
