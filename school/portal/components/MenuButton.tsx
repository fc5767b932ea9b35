'use client'
import { useEffect, useState } from 'react'

/**
 * The header's menu button on small screens: the navigation and search fold away behind it once
 * this script runs (without it, everything stays shown). `controls` is the id of what it folds.
 */
export function MenuButton({ controls, label }: { controls: string; label: string }) {
  const [open, setOpen] = useState(false)
  useEffect(() => {
    const header = document.getElementById(controls)?.closest('.site-header')
    header?.classList.add('menu-ready')
    header?.classList.toggle('menu-open', open)
  }, [controls, open])
  return (
    <button aria-controls={controls} aria-expanded={open} className="menu-button" onClick={() => setOpen(!open)} type="button">
      <span aria-hidden="true">☰</span> {label}
    </button>
  )
}
