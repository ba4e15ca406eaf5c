<?php
/**
 * Plugin Name: Acme Newsletter
 * Description: Newsletter sign-up settings for Acme Studio.
 * Version: 1.2.0
 * Text Domain: acme-newsletter
 */

defined( 'ABSPATH' ) || exit;

require_once __DIR__ . '/includes/settings-page.php';
